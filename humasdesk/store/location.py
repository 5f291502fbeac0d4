"""Where a library lives, and whether that place endangers it.

Sync tools (Dropbox, OneDrive, Google Drive, iCloud, Nextcloud, ownCloud) copy a database file
while SQLite is still writing it and its `-wal` file, and network shares often lose SQLite's
locks; either can leave a damaged library. We warn, we do not refuse.
"""

from __future__ import annotations

import os
from pathlib import Path, PureWindowsPath

from humasdesk.core.i18n import QT_TRANSLATE_NOOP

# Folder names these tools create, compared case-insensitively with each part of the path.
CLOUD_FOLDERS: dict[str, str] = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "icloud": "iCloud",
    "icloudrive": "iCloud",
    "mobile documents": "iCloud",
    "com~apple~clouddocs": "iCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
}
NETWORK_FS = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs")

CLOUD_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is "
    "still writing it, which can damage the library. Keep the library in a local folder; "
    "copies of its backups may go to the synced folder.",
)
NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The library {path} is on a network share. Network folders can lose the locks that keep "
    "two writers apart, and a dropped connection mid-save can damage the library. Keep the "
    "library on this computer's own disk.",
)


def cloud_service(path: Path) -> str | None:
    """The sync service whose folder holds `path`, if any."""
    for part in Path(path).parts:
        name = part.lower()
        for folder, service in CLOUD_FOLDERS.items():
            if name == folder or name.startswith(f"{folder} ") or name.startswith(f"{folder}-"):
                return service
        if name.startswith("onedrive"):
            return "OneDrive"
    return None


def _mounts(mounts_file: Path) -> list[tuple[str, str]]:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            mount_point = fields[1].replace("\\040", " ")
            found.append((mount_point, fields[2]))
    return found


def on_network_share(path: Path, mounts_file: Path = Path("/proc/mounts")) -> bool:
    """A UNC path or mapped network drive on Windows, an NFS/SMB/SSHFS mount on Linux."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = PureWindowsPath(text).drive
        drive_remote = 4
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined]
    best, fstype = "", ""
    resolved = str(Path(path).resolve())
    for mount_point, kind in _mounts(mounts_file):
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, fstype = mount_point, kind
    return fstype.lower() in NETWORK_FS


def risk(path: Path, mounts_file: Path = Path("/proc/mounts")) -> tuple[str, dict[str, str]] | None:
    """(message, values) warning about where the library is, or None when it is safe."""
    service = cloud_service(path)
    if service:
        return CLOUD_WARNING, {"path": str(path), "service": service}
    if on_network_share(path, mounts_file):
        return NETWORK_WARNING, {"path": str(path)}
    return None
