"""HumasDesk: an offline desk for government public-relations officers."""

__version__ = "0.1.0"
APP_NAME = "HumasDesk"
