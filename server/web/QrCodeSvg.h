#pragma once

#include <QString>

namespace confidant::server {

// A QR code (libqrencode, error correction M) drawn as inline SVG: one path of unit squares on a white ground with
// the four-module quiet zone scanners need. Inline, because the pages' Content-Security-Policy loads no images.
class QrCodeSvg {
public:
    // Empty when the text does not fit a QR code. `label` names the picture for screen readers (escaped here).
    static QString render(const QString &text, const QString &label);
};

} // namespace confidant::server
