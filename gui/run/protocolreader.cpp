#include "run/protocolreader.h"

namespace {
constexpr int kDisplayedBytes = 200;
}

QList<ProtocolReader::Item> ProtocolReader::feed(const QByteArray &bytes)
{
    QList<Item> items;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        if (!m_discarding)
            m_buffer.append(bytes.constData() + start, end - start);
        if (!m_discarding
            && static_cast<size_t>(m_buffer.size()) > disteval::protocol::kMaxLineBytes) {
            Item item;
            item.error = QStringLiteral("message longer than %1 bytes")
                                 .arg(disteval::protocol::kMaxLineBytes);
            item.line = m_buffer.left(kDisplayedBytes);
            items.append(item);
            m_buffer.clear();
            m_discarding = true;
        }
        if (newline < 0)
            break;
        if (m_discarding) {
            m_discarding = false;
        } else {
            QByteArray line = m_buffer;
            m_buffer.clear();
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                items.append(decodeLine(line));
        }
        start = newline + 1;
    }
    return items;
}

QList<ProtocolReader::Item> ProtocolReader::finish()
{
    QList<Item> items;
    if (!m_discarding && !m_buffer.trimmed().isEmpty()) {
        Item item;
        item.error = QStringLiteral("incomplete message at the end of the stream");
        item.line = m_buffer.left(kDisplayedBytes);
        items.append(item);
    }
    m_buffer.clear();
    m_discarding = false;
    return items;
}

ProtocolReader::Item ProtocolReader::decodeLine(const QByteArray &line) const
{
    Item item;
    item.line = line.left(kDisplayedBytes);
    std::string error;
    std::optional<disteval::protocol::Message> message
            = disteval::protocol::decode(line.toStdString(), error);
    if (message) {
        item.valid = true;
        item.message = std::move(*message);
    } else {
        item.error = QString::fromStdString(error);
    }
    return item;
}
