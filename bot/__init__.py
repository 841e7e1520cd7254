"""frontdoor: the chat-bot front door of a cyber-victim help desk."""

__version__ = "0.1.0"
