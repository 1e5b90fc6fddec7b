#pragma once

namespace confidant {

// Lets the C library cache the local time zone. While TZ is unset, glibc stats /etc/localtime on every local-time
// conversion, and every timestamp QPSQL reads is converted to local time: a feed page of 2,000 inquiries cost 6,000
// system calls and a sixth of the server's time. Pinning TZ to that same file keeps the zone and ends the checks.
// Call once at the start of main(), before any thread starts.
void pinProcessTimeZone();

} // namespace confidant
