#!/usr/bin/env python3
"""Exit 0 when the kiosk tab's renderer answers, 1 when it crashed ("Aw, Snap!") or hangs.

Used by launch-chromium.sh. Asks Chromium's DevTools endpoint (127.0.0.1 only) for the page
targets, then evaluates `1` in each over the DevTools WebSocket. Python's standard library only:
a kiosk computer has python3 but no extra packages.
Usage: renderer-alive.py [port] [timeout-seconds]
"""
import base64
import json
import os
import socket
import struct
import sys
import urllib.parse
import urllib.request

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 9222
TIMEOUT = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0


def frame(payload: bytes) -> bytes:
    """One masked client text frame (RFC 6455)."""
    mask = os.urandom(4)
    n = len(payload)
    head = bytes([0x81])
    if n < 126:
        head += bytes([0x80 | n])
    elif n < 65536:
        head += bytes([0x80 | 126]) + struct.pack("!H", n)
    else:
        head += bytes([0x80 | 127]) + struct.pack("!Q", n)
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def read_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def read_frame(sock: socket.socket) -> bytes:
    b1, b2 = read_exact(sock, 2)
    n = b2 & 0x7F
    if n == 126:
        n = struct.unpack("!H", read_exact(sock, 2))[0]
    elif n == 127:
        n = struct.unpack("!Q", read_exact(sock, 8))[0]
    return read_exact(sock, n)


def alive(ws_url: str) -> bool:
    u = urllib.parse.urlparse(ws_url)
    sock = socket.create_connection((u.hostname, u.port), timeout=TIMEOUT)
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall(
            (
                f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = sock.recv(1024)
            if not chunk:
                return False
            response += chunk
        if b" 101 " not in response.split(b"\r\n", 1)[0]:
            return False
        request = {"id": 1, "method": "Runtime.evaluate", "params": {"expression": "1", "returnByValue": True, "timeout": int(TIMEOUT * 1000)}}
        sock.sendall(frame(json.dumps(request).encode()))
        while True:
            message = json.loads(read_frame(sock))
            if message.get("id") == 1:
                return message.get("result", {}).get("result", {}).get("value") == 1
    except (OSError, ValueError, ConnectionError):
        return False
    finally:
        sock.close()


def main() -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/list", timeout=TIMEOUT) as r:
            targets = [t for t in json.load(r) if t.get("type") == "page" and t.get("webSocketDebuggerUrl")]
    except (OSError, ValueError):
        print("renderer-alive: no DevTools endpoint (is Chromium running?)", file=sys.stderr)
        return 1
    if not targets:
        print("renderer-alive: no page open", file=sys.stderr)
        return 1
    dead = [t["url"] for t in targets if not alive(t["webSocketDebuggerUrl"])]
    for url in dead:
        print(f"renderer-alive: the tab {url} does not answer (crashed or stuck)", file=sys.stderr)
    return 1 if dead else 0


if __name__ == "__main__":
    sys.exit(main())
