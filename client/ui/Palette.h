#pragma once

#include <QColor>

namespace confidant::client::Palette {

// The colours the workstation draws itself. Each text colour meets WCAG AA (4.5:1) on the backgrounds it is
// drawn on, the light window and table backgrounds and the two message backgrounds; tst_queueview checks it.
inline const QColor text{0x1a, 0x1a, 0x1a};
inline const QColor secondaryText{0x4d, 0x4d, 0x4d};
inline const QColor errorText{0xb0, 0x1c, 0x1c};
inline const QColor successText{0x1b, 0x5e, 0x20};
inline const QColor warningBackground{0xff, 0xf4, 0xd6};
inline const QColor advisorMessage{0xe8, 0xf0, 0xf8};
inline const QColor customerMessage{0xf6, 0xf6, 0xf6};
// Internal notes: yellow like a sticky note, so nobody mistakes one for a message the customer reads.
inline const QColor internalNote{0xff, 0xf0, 0xb3};
inline const QColor internalNoteBorder{0xc9, 0xa2, 0x27};

// Contrast ratio as WCAG 2 defines it, from 1 (none) to 21 (black on white).
double contrastRatio(const QColor &foreground, const QColor &background);

} // namespace confidant::client::Palette
