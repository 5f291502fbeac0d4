"""The Qt window: views, item models, dialogs and the wizard. Talks to core/ and store/ only."""
