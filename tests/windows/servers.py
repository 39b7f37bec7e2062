"""Misbehaving servers on 127.0.0.1 for tests/windows/winhttp_real.c.

Prints one line, the ports "REFUSED SILENT RESET GARBAGE TLS OK", then serves
until stdin closes or LIFETIME seconds pass, whichever comes first. Loopback
only, a bounded number of connections, and it stops by itself.
"""

import os
import select
import socket
import ssl
import struct
import sys
import threading
import time

LIFETIME = 120
HERE = os.path.dirname(os.path.abspath(__file__))


def listener():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    return s


def read_request(conn):
    data = b""
    conn.settimeout(5)
    try:
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    return data


def serve(sock, handle):
    def loop():
        for _ in range(16):
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()


def silent(conn):
    read_request(conn)
    # The headers promise a body that never comes: the client's receive time-out fires.
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
    time.sleep(30)
    conn.close()


def reset(conn):
    read_request(conn)
    # Headers and part of the body, then a reset while the client reads the rest.
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npart")
    time.sleep(0.3)
    # SO_LINGER with a zero time-out: close() sends a RST instead of a FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def garbage(conn):
    read_request(conn)
    conn.sendall(b"\x00\x01garbage that is no HTTP response\r\n\r\n")
    time.sleep(0.5)
    conn.close()


def ok(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
    conn.close()


def main():
    refused = listener()
    refused_port = refused.getsockname()[1]
    refused.close()  # nothing listens there any more: connections are refused

    socks = {name: listener() for name in ("silent", "reset", "garbage", "tls", "ok")}
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(HERE, "selfsigned.crt"), os.path.join(HERE, "selfsigned.key"))

    def tls(conn):
        try:
            with context.wrap_socket(conn, server_side=True) as t:
                read_request(t)
                t.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        except (OSError, ssl.SSLError):
            conn.close()

    serve(socks["silent"], silent)
    serve(socks["reset"], reset)
    serve(socks["garbage"], garbage)
    serve(socks["tls"], tls)
    serve(socks["ok"], ok)
    ports = [refused_port] + [socks[n].getsockname()[1] for n in ("silent", "reset", "garbage", "tls", "ok")]
    print(" ".join(map(str, ports)), flush=True)
    select.select([sys.stdin], [], [], LIFETIME)


if __name__ == "__main__":
    main()
