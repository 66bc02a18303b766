#!/usr/bin/env bash
# Starts Chromium as a full-screen Reper kiosk. Used by reper-kiosk.service (systemd), or by hand:
#   REPER_KIOSK_URL=https://intranet.example.ro/reper/kiosk/ ./launch-chromium.sh
#
# No --incognito: it would throw away the service worker and the kiosk's verified offline copy of
# the directory at every start. Privacy between visitors is the kiosk's own idle reset.
set -euo pipefail

URL="${REPER_KIOSK_URL:-http://localhost:8000/kiosk/}"
PROFILE="${REPER_KIOSK_PROFILE:-$HOME/.config/reper-kiosk}"
BROWSER="${REPER_KIOSK_BROWSER:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"

if [ -z "$BROWSER" ]; then
  echo "reper-kiosk: no Chromium found; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
mkdir -p "$PROFILE"

# A crash or power cut must not bring up "Restore pages?" bubbles on the next start.
PREFS="$PROFILE/Default/Preferences"
if [ -f "$PREFS" ]; then
  sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[^"]*"/"exit_type":"Normal"/' "$PREFS" || true
fi

# Keep the screen on at the X level too (the page also holds a wake lock).
if command -v xset >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  xset s off -dpms s noblank || true
fi

exec "$BROWSER" \
  --kiosk \
  --user-data-dir="$PROFILE" \
  --noerrdialogs \
  --disable-session-crashed-bubble \
  --disable-infobars \
  --no-first-run \
  --no-default-browser-check \
  --disable-translate \
  --disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,PasswordManagerOnboarding \
  --overscroll-history-navigation=0 \
  --disable-pinch \
  --pull-to-refresh=0 \
  --autoplay-policy=no-user-gesture-required \
  --check-for-update-interval=31536000 \
  --password-store=basic \
  ${REPER_KIOSK_EXTRA_FLAGS:-} \
  "$URL"
