#pragma once

#include "protocol/progressprotocol.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Splits the bytes of the progress socket into lines and decodes each one
// (disteval::protocol::decode). Never throws. A line longer than
// protocol::kMaxLineBytes is reported once as an error and skipped up to its newline,
// so the reader never buffers more than that; empty lines are ignored.
class ProtocolReader
{
public:
    struct Item
    {
        bool valid = false;
        disteval::protocol::Message message; // when valid
        QString error;                       // when not valid: what was wrong
        QByteArray line;                     // the raw line (truncated for display)
    };

    QList<Item> feed(const QByteArray &bytes);
    // Whatever is left without a newline when the stream ends: one invalid item, or
    // nothing when the stream ended on a line boundary.
    QList<Item> finish();

private:
    Item decodeLine(const QByteArray &line) const;

    QByteArray m_buffer;
    bool m_discarding = false;
};
