"""The app's side of team sync: background syncing, the status bar, the dialogs."""
