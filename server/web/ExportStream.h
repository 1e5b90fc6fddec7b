#pragma once

#include "http/BodySource.h"
#include "service/CustomerExport.h"

#include <functional>

namespace confidant::server {

// A customer's export as a streamed body (audit finding 5 of issue 20): the opening, then the threads a chunk at a
// time as the connection asks for them, then the end; in whatever format the pieces are rendered in. Memory stays at
// one chunk however many inquiries the customer has, and each chunk is a job of its own for the customer workers,
// so eight exports at once take turns with every other customer's pages.
class ExportStream : public BodySource {
public:
    struct Format {
        QByteArray opening; // rendered before the stream starts, so a missing account is still an error page
        std::function<QByteArray(const QList<CustomerExport::Thread> &threads, bool first)> threads;
        std::function<QByteArray(bool anyThreads)> closing;
    };
    static constexpr int threadsPerChunk = 50;

    ExportStream(const CustomerExport &exports, qint64 customerId, QString language, Format format);
    std::optional<QByteArray> next() override;

private:
    const CustomerExport &m_exports;
    qint64 m_customerId;
    QString m_language;
    Format m_format;
    enum class Step { Opening, Threads, Closing, Done } m_step = Step::Opening;
    qint64 m_afterInquiryId = 0;
    bool m_anyThreads = false;
};

} // namespace confidant::server
