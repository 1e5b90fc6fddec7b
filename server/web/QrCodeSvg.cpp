#include "web/QrCodeSvg.h"

#include <qrencode.h>

#include <memory>

namespace confidant::server {

QString QrCodeSvg::render(const QString &text, const QString &label)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                               &QRcode_free);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int width = code->width;
    const int size = width + 2 * quiet;
    QString path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1) // the low bit is the module's colour
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + quiet).arg(y + quiet);
        }
    }
    return QStringLiteral("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" width=\"%2\" height=\"%2\" role=\"img\" "
                          "aria-label=\"%3\" shape-rendering=\"crispEdges\"><rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>"
                          "<path fill=\"#000\" d=\"%4\"/></svg>")
        .arg(size)
        .arg(size * 5)
        .arg(label.toHtmlEscaped(), path);
}

} // namespace confidant::server
