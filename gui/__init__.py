"""OKX Key Manager: connect an OKX account safely.

Layers import only downward: ``gui.okx`` (OKX client and simulator) and ``gui.vault``
(credential storage) never import Qt; the Qt views and the entry points sit on top.
"""

__app_name__ = "OKX Key Manager"
__app_id__ = "okx-key-manager"
__version__ = "0.1.0"
