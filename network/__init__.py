"""The network: the custom user model, local areas, memberships, roles and the access policy."""
