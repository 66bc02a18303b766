#!/usr/bin/env bash
# Starts Chromium as a full-screen Reper kiosk. Used by reper-kiosk.service (systemd), or by hand:
#   REPER_KIOSK_URL=https://intranet.example.ro/reper/kiosk/ ./launch-chromium.sh
#
# No --incognito: it would throw away the service worker and the kiosk's verified offline copy of
# the directory at every start. Privacy between visitors is the kiosk's own idle reset.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"

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

# Keep the screen on at the X level too (the page also holds a wake lock). Under Wayland (Raspberry
# Pi OS Bookworm's default, labwc or wayfire) xset does nothing: turn blanking off in the desktop's
# settings (raspi-config → Display Options → Screen Blanking → No), see docs/kiosk.md.
if [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "reper-kiosk: Wayland session: screen blanking is the compositor's (raspi-config → Screen Blanking → No)" >&2
elif command -v xset >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  xset s off -dpms s noblank || true
fi

# Renderer-crash watchdog: a crashed tab ("Aw, Snap!") leaves the browser running, so systemd alone
# never notices. Every REPER_KIOSK_WATCHDOG_INTERVAL seconds renderer-alive.py asks the tab, over
# the DevTools port on 127.0.0.1 only, to evaluate `1`; after two missed answers Chromium is
# stopped and this script exits 1, and the unit starts everything again. REPER_KIOSK_WATCHDOG=0
# turns it off.
WATCHDOG="${REPER_KIOSK_WATCHDOG:-1}"
DEVTOOLS_PORT="${REPER_KIOSK_DEVTOOLS_PORT:-9222}"
INTERVAL="${REPER_KIOSK_WATCHDOG_INTERVAL:-30}"
GRACE="${REPER_KIOSK_WATCHDOG_GRACE:-90}"
DEVTOOLS_FLAGS=()
if [ "$WATCHDOG" = 1 ] && command -v python3 >/dev/null 2>&1; then
  DEVTOOLS_FLAGS=(--remote-debugging-port="$DEVTOOLS_PORT")
else
  WATCHDOG=0
fi

# shellcheck disable=SC2086 # REPER_KIOSK_EXTRA_FLAGS is a list of flags
"$BROWSER" \
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
  "${DEVTOOLS_FLAGS[@]}" \
  ${REPER_KIOSK_EXTRA_FLAGS:-} \
  "$URL" &
BROWSER_PID=$!
trap 'kill "$BROWSER_PID" 2>/dev/null; wait "$BROWSER_PID" 2>/dev/null; exit 0' TERM INT

elapsed=0
failures=0
while kill -0 "$BROWSER_PID" 2>/dev/null; do
  sleep 1
  elapsed=$((elapsed + 1))
  if [ "$WATCHDOG" = 1 ] && [ "$elapsed" -ge "$GRACE" ] && [ $(((elapsed - GRACE) % INTERVAL)) = 0 ]; then
    if python3 "$HERE/renderer-alive.py" "$DEVTOOLS_PORT" 10; then
      failures=0
    else
      failures=$((failures + 1))
    fi
    if [ "$failures" -ge 2 ]; then
      echo "reper-kiosk: the kiosk tab crashed or hangs; restarting Chromium" >&2
      kill "$BROWSER_PID" 2>/dev/null || true
      wait "$BROWSER_PID" 2>/dev/null || true
      exit 1
    fi
  fi
done
wait "$BROWSER_PID"
