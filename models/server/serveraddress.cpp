#include "server/serverconnection.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// The keys libpq 15 understands (and that make sense for a client; `replication` does not).
const QStringList &knownKeys()
{
    static const QStringList keys = {
        u"host"_s, u"hostaddr"_s, u"port"_s, u"dbname"_s, u"user"_s, u"password"_s,
        u"passfile"_s, u"channel_binding"_s, u"connect_timeout"_s, u"client_encoding"_s,
        u"options"_s, u"application_name"_s, u"fallback_application_name"_s, u"keepalives"_s,
        u"keepalives_idle"_s, u"keepalives_interval"_s, u"keepalives_count"_s,
        u"tcp_user_timeout"_s, u"gssencmode"_s, u"sslmode"_s, u"requiressl"_s,
        u"sslcompression"_s, u"sslcert"_s, u"sslkey"_s, u"sslpassword"_s, u"sslrootcert"_s,
        u"sslcrl"_s, u"sslcrldir"_s, u"sslsni"_s, u"requirepeer"_s,
        u"ssl_min_protocol_version"_s, u"ssl_max_protocol_version"_s, u"krbsrvname"_s,
        u"gsslib"_s, u"service"_s, u"target_session_attrs"_s,
    };
    return keys;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
        }
        previous = current;
    }
    return previous[b.size()];
}

QString example()
{
    return u"service=team, \"host=/var/run/postgresql dbname=valuemap\", "
           "postgresql://alice@db.example.org/valuemap"_s;
}

} // namespace

bool ServerAddress::setParam(const QString &key, const QString &value, QString *error)
{
    if (!knownKeys().contains(key)) {
        QString nearest;
        int best = 3;
        for (const QString &known : knownKeys()) {
            const int d = editDistance(key, known);
            if (d < best) {
                best = d;
                nearest = known;
            }
        }
        *error = nearest.isEmpty()
            ? tr("the server address names “%1”, which is not a connection setting. Use the "
                 "settings of PostgreSQL's libpq, e.g. %2.")
                  .arg(key, example())
            : tr("the server address names “%1”, which is not a connection setting: did you mean "
                 "“%2”?")
                  .arg(key, nearest);
        return false;
    }
    if (key == "port"_L1 || key == "connect_timeout"_L1) {
        bool ok = false;
        for (const QString &part : value.split(u',')) {
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 0 || (key == "port"_L1 && (n < 1 || n > 65535)))
                break;
        }
        if (!ok) {
            *error = tr("the %1 in the server address must be a number, not “%2”.").arg(key, value);
            return false;
        }
    }
    // QPSQL turns every ';' of its options into a space; only these parts avoid its options.
    static const QStringList separate = { u"host"_s, u"dbname"_s, u"user"_s, u"password"_s };
    if (value.contains(u';') && !separate.contains(key)) {
        *error = tr("the %1 in the server address contains “;”, which Qt's PostgreSQL driver "
                    "cannot pass on. Put it in a service file (~/.pg_service.conf) and use "
                    "service=NAME.")
                     .arg(key);
        return false;
    }
    m_params.insert(key, value);
    return true;
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("the server address is empty. Give one, e.g. %1.").arg(example());
        return std::nullopt;
    }
    if (trimmed.startsWith("postgresql://"_L1) || trimmed.startsWith("postgres://"_L1))
        return parseUrl(trimmed, error);
    if (!trimmed.contains(u'=')) {
        *error = tr("“%1” is not a server address. Name a service (service=%1), or give the "
                    "parts (host=… dbname=…) or a postgresql:// URL, e.g. %2.")
                     .arg(trimmed, example());
        return std::nullopt;
    }
    return parsePairs(trimmed, error);
}

// key = value pairs as libpq reads them: spaces around '=' allowed, a value either in single
// quotes (\' and \\ inside) or up to the next space (with \ escaping the next character).
std::optional<ServerAddress> ServerAddress::parsePairs(const QString &text, QString *error)
{
    ServerAddress result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text[i] != u'=' && !text[i].isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= n || text[i] != u'=') {
            *error = tr("“%1” in the server address has no value: write %1=VALUE, e.g. %2.")
                         .arg(key, example());
            return std::nullopt;
        }
        ++i;
        skipSpace();
        QString value;
        if (i < n && text[i] == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == u'\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                } else if (text[i] == u'\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += text[i++];
                }
            }
            if (!closed) {
                *error = tr("the value of “%1” in the server address has an opening quote but no "
                            "closing one.")
                             .arg(key);
                return std::nullopt;
            }
        } else {
            while (i < n && !text[i].isSpace()) {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                value += text[i++];
            }
        }
        if (!result.setParam(key, value, error))
            return std::nullopt;
    }
    return result;
}

std::optional<ServerAddress> ServerAddress::parseUrl(const QString &text, QString *error)
{
    ServerAddress result;
    const auto bad = [&](const QString &what) {
        *error = tr("the server URL “%1” is not valid: %2. A URL looks like "
                    "postgresql://USER@HOST:PORT/DATABASE?sslmode=require.")
                     .arg(text.section(u'@', -1), what); // never the password
        return std::nullopt;
    };
    QString rest = text.mid(text.indexOf("://"_L1) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    const auto decode = [](const QString &s) {
        return QUrl::fromPercentEncoding(s.toUtf8());
    };
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const QString user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (!user.isEmpty() && !result.setParam(u"user"_s, user, error))
            return std::nullopt;
        if (colon >= 0 && !result.setParam(u"password"_s, decode(userInfo.mid(colon + 1)), error))
            return std::nullopt;
    }
    QStringList hosts;
    QStringList ports;
    bool anyPort = false;
    for (const QString &hostPort : rest.split(u',', Qt::SkipEmptyParts)) {
        QString host = hostPort;
        QString port;
        if (host.startsWith(u'[')) {
            const qsizetype close = host.indexOf(u']');
            if (close < 0)
                return bad(tr("an IPv6 address lacks its closing ]"));
            port = host.mid(close + 1).startsWith(u':') ? host.mid(close + 2) : QString();
            host = host.mid(1, close - 1);
        } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
            port = host.mid(colon + 1);
            host.truncate(colon);
        }
        hosts << decode(host);
        ports << port;
        anyPort = anyPort || !port.isEmpty();
    }
    if (!hosts.isEmpty() && !result.setParam(u"host"_s, hosts.join(u','), error))
        return std::nullopt;
    if (anyPort && !result.setParam(u"port"_s, ports.join(u','), error))
        return std::nullopt;
    if (!path.isEmpty() && !result.setParam(u"dbname"_s, decode(path), error))
        return std::nullopt;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq < 0)
            return bad(tr("“%1” has no value").arg(pair));
        if (!result.setParam(decode(pair.left(eq)), decode(pair.mid(eq + 1)), error))
            return std::nullopt;
    }
    return result;
}

QString ServerAddress::shown() const
{
    const QString db = value(u"dbname"_s);
    const QString host = value(u"host"_s);
    const QString service = value(u"service"_s);
    QString where;
    if (!host.isEmpty()) {
        where = host;
        if (contains(u"port"_s))
            where = tr("%1, port %2").arg(host, value(u"port"_s));
    }
    if (!service.isEmpty() && where.isEmpty() && db.isEmpty())
        return tr("service “%1”").arg(service);
    if (!service.isEmpty())
        where = where.isEmpty() ? tr("service “%1”").arg(service)
                                : tr("%1 (service “%2”)").arg(where, service);
    if (where.isEmpty())
        where = tr("the local server");
    return db.isEmpty() ? where : tr("database “%1” on %2").arg(db, where);
}

} // namespace Valuemap
