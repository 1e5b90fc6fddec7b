#!/usr/bin/python3
"""A real SMTP server on loopback for the tests and the demo (Debian's python3-aiosmtpd).

It requires STARTTLS before MAIL FROM (or, with --no-starttls, does not offer it at all, to show that the server
then sends nothing), and writes every message it accepts to DIR/NNNN.eml. Prints "listening on PORT" once ready.

    smtp-sink.py --port 0 --cert server.pem --key server.key --maildir DIR [--no-starttls]
"""
import argparse
import asyncio
import os
import signal
import socket
import ssl
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, maildir):
        self.maildir = maildir
        os.makedirs(maildir, mode=0o700, exist_ok=True)
        self.count = len([n for n in os.listdir(maildir) if n.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.maildir, "%04d.eml" % self.count)
        partial = path + ".part"
        with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            out.write(envelope.original_content)
        os.rename(partial, path)
        return "250 OK queued as %04d" % self.count


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--no-starttls", action="store_true")
    args = parser.parse_args()

    port = args.port or free_port()
    context = None
    if not args.no_starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(args.cert, args.key)
    controller = Controller(Sink(args.maildir), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=context is not None, ready_timeout=10)
    controller.start()
    print("listening on %d" % port, flush=True)
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
