"""The command line's subcommands for saved keys: ``list``, ``add``, ``run``, ``env``, ``scan``,
``migrate``, and for keys issued through a manager key ``manager``, ``issue``, ``rotate``,
``revoke``, ``keys`` (helpers in :mod:`.issued_common`); ``check`` and ``simulator`` live in
:mod:`gui.okx`. Each module has ``add_arguments(parser)`` and ``run(args) -> exit status``;
:mod:`gui.cli` imports only the one the command line names (start-up time). Exit statuses are
in :mod:`.common` and docs/bots.md.
"""
