#include "io/strictjson.h"

#include "domain/text.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

struct Frame
{
    bool object = false;
    bool expectKey = false;
    QHash<QString, int> keys; // key → line it was first given on
};

// The text of a JSON string token (quotes included), escapes decoded.
QString keyText(QByteArrayView token)
{
    if (!token.contains('\\'))
        return exactUtf8(token.data() + 1, token.size() - 2);
    const QJsonDocument one = QJsonDocument::fromJson(QByteArray("[") + token.toByteArray() + ']');
    return one.array().at(0).toString();
}

} // namespace

int StrictJson::lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(std::clamp<qsizetype>(offset, 0, bytes.size())).count('\n')) + 1;
}

bool StrictJson::parse(const QByteArray &input, QJsonDocument *json, QString *error)
{
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
    // The scan stops at the first thing it does not understand and leaves the verdict on the
    // syntax to QJsonDocument; it only looks for what that parser accepts but should not.
    QList<Frame> stack;
    int line = 1;
    const qsizetype n = bytes.size();
    const char *p = bytes.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
        case '[':
            if (stack.size() >= MaxDepth) {
                *error = tr("Line %1: the JSON nests deeper than %2 levels; a Valuemap or "
                            "storymaps.io file never does. The file is not one of them.")
                             .arg(line)
                             .arg(MaxDepth);
                return false;
            }
            stack.append(Frame { c == '{', c == '{', {} });
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i;
            const int startLine = line;
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\')
                    ++i;
                else if (p[i] == '\n')
                    ++line;
            }
            if (i >= n)
                break; // unterminated: QJsonDocument says so
            if (!stack.isEmpty() && stack.last().expectKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                const QString key = keyText(QByteArrayView(p + start, i - start + 1));
                const auto it = frame.keys.constFind(key);
                if (it != frame.keys.cend()) {
                    *error = tr("Line %1: the key “%2” appears a second time in the same object "
                                "(first on line %3). Valuemap cannot tell which one is meant; "
                                "remove one of them.")
                                 .arg(startLine)
                                 .arg(key.left(80))
                                 .arg(*it);
                    return false;
                }
                frame.keys.insert(key, startLine);
            }
            break;
        }
        default:
            break;
        }
    }
    QJsonParseError parseError;
    *json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int column = 1;
        for (qsizetype i = std::min<qsizetype>(parseError.offset, bytes.size()) - 1; i >= 0 && bytes[i] != '\n'; --i)
            ++column;
        *error = tr("This is not valid JSON: %1 at line %2, column %3.")
                     .arg(parseError.errorString())
                     .arg(lineOf(bytes, parseError.offset))
                     .arg(column);
        return false;
    }
    return true;
}

} // namespace Valuemap
