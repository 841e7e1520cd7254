"""Use cases: the dispatch pipeline, the outbox, cases. They speak to ports, never to an SDK or SQL."""
