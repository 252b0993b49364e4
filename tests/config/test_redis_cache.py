"""The Redis cache makes one client per connection pool (config/redis_cache.py)."""

from config.redis_cache import ReusingRedisCache


def test_every_operation_gets_the_same_client_of_its_pool():
    cache = ReusingRedisCache("redis://127.0.0.1:6399/0", {})  # no connection is made here
    client = cache._cache
    assert client.get_client("a") is client.get_client("b")
    assert client.get_client("a", write=True) is client.get_client(write=True)


def test_reads_go_to_the_replicas_and_writes_to_the_first_server():
    cache = ReusingRedisCache("redis://127.0.0.1:6399/0,redis://127.0.0.1:6398/0", {})
    client = cache._cache
    writer = client.get_client(write=True)
    assert writer.connection_pool.connection_kwargs["port"] == 6399
    assert client.get_client().connection_pool.connection_kwargs["port"] == 6398
