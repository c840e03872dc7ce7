#!/bin/sh
# Installs the crm-desktop bundle this script sits in for the current user, no root:
# the program under ~/.local/opt/crm-desktop, `crm-desktop` on the PATH (~/.local/bin),
# the menu entry and its icon. PREFIX=/usr/local (as root) installs for everyone.
# Run it again to upgrade; remove with: rm -r <prefix>/opt/crm-desktop and the files named below.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
dest="$prefix/opt/crm-desktop"

mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications"
if [ "$here" != "$dest" ]; then
    rm -rf "$dest"
    cp -a "$here" "$dest"
fi
ln -sf "$dest/crm-desktop" "$prefix/bin/crm-desktop"

# PyInstaller 6 puts data files in _internal/; older layouts beside the program.
resources="$dest/_internal/resources"
[ -d "$resources" ] || resources="$dest/resources"
for size in 16 24 32 48 64 128 256 512; do
    folder="$prefix/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$folder"
    cp "$resources/icons/app/crm-desktop-$size.png" "$folder/crm-desktop.png"
done
mkdir -p "$prefix/share/icons/hicolor/scalable/apps"
cp "$resources/icons/crm-desktop.svg" "$prefix/share/icons/hicolor/scalable/apps/crm-desktop.svg"

# The menu entry starts the installed program by its full path (~/.local/bin may not be on
# the PATH a desktop session uses).
sed "s|^Exec=.*|Exec=\"$dest/crm-desktop\" %f|" "$here/crm-desktop.desktop" \
    > "$prefix/share/applications/crm-desktop.desktop"
command -v update-desktop-database >/dev/null && \
    update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true

"$dest/crm-desktop" --self-test
echo "crm-desktop installed in $dest; start it from the menu or with: $prefix/bin/crm-desktop"
