"""Staff import local areas and memberships from the CSV files the admin exports: read the
file, plan what each row would change (the preview), then apply the plan in one transaction."""
