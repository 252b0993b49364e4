"""Django's Redis cache, with one client per connection pool instead of one per operation.

Django's client makes a new `redis.Redis` for every get and set; building one fills its
table of about 170 response callbacks, which cost more than the round trip to Redis itself
(measured in docs/benchmarks.md, #17: a signed-in page makes a dozen cache reads). A
`redis.Redis` is safe to share between threads: its pool hands each command a connection.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
