#include "web/ExportStream.h"

namespace confidant::server {

ExportStream::ExportStream(const CustomerExport &exports, qint64 customerId, QString language, Format format)
    : m_exports(exports), m_customerId(customerId), m_language(std::move(language)), m_format(std::move(format))
{
}

std::optional<QByteArray> ExportStream::next()
{
    switch (m_step) {
    case Step::Opening:
        m_step = Step::Threads;
        return m_format.opening;
    case Step::Threads: {
        const auto threads = m_exports.threadsAfter(m_customerId, m_afterInquiryId, threadsPerChunk, m_language);
        if (!threads)
            return std::nullopt;
        if (threads->isEmpty()) {
            m_step = Step::Closing;
            return next();
        }
        m_afterInquiryId = threads->constLast().inquiry.id;
        const bool first = !m_anyThreads;
        m_anyThreads = true;
        return m_format.threads(threads.value(), first);
    }
    case Step::Closing:
        m_step = Step::Done;
        return m_format.closing(m_anyThreads);
    case Step::Done:
        break;
    }
    return QByteArray();
}

} // namespace confidant::server
