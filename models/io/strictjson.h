#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Valuemap {

// JSON as the importers accept it: RFC 8259 text (a UTF-8 byte order mark is allowed), where
// every object names each key once and nesting stays within MaxDepth. QJsonDocument keeps the
// last of two equal keys without a word (a second "tables" silently replaced the first), so the
// text is scanned first: one pass, a set of keys per open object, escapes decoded.
class StrictJson final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::StrictJson)

public:
    static constexpr int MaxDepth = 64;

    // Parses bytes into *json, or sets *error to a message naming the line (and the key).
    static bool parse(const QByteArray &bytes, QJsonDocument *json, QString *error);
    // The line (1-based) of a byte offset.
    static int lineOf(const QByteArray &bytes, qsizetype offset);
};

} // namespace Valuemap
