#!/usr/bin/python3
"""Stands in for the app's progress server (docs/protocol.md): listens on the AF_UNIX
socket PATH, accepts one connection (the engine's rank 0) and writes every line it
receives to LOG, flushed line by line, until the engine closes the connection.

Usage: progresslistener.py PATH LOG [TIMEOUT_S]
The socket exists once READY (PATH + ".ready") does, so a caller can wait for it.
"""
import os
import socket
import sys


def main():
    path, log = sys.argv[1], sys.argv[2]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 120.0
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o600)  # like QLocalServer::UserAccessOption
    server.listen(1)
    server.settimeout(timeout)
    open(path + ".ready", "w").close()
    try:
        conn, _ = server.accept()
    except socket.timeout:
        print("progresslistener: nobody connected", file=sys.stderr)
        return 1
    conn.settimeout(timeout)
    with conn, open(log, "w") as out:
        buffer = b""
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                out.write(line.decode() + "\n")
                out.flush()
    server.close()
    os.unlink(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
