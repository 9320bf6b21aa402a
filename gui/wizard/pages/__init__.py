"""One Qt page per wizard step, all sharing the contract of :class:`~gui.wizard.pages.base.Page`."""
