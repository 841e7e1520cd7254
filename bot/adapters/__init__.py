"""Channels: each turns one platform's SDK into InboundMessages and Replies, and imports nothing of the core."""
