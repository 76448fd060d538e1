// The window's side of team plans: File ▸ Open from Server… and Share on Server…, opening a
// server plan (also `valuemap --server CONN --plan NAME`), the live state in the status bar and
// banner, others' changes as they arrive, and the History panel.
#include "mainwindow.h"

#include "server/historypanel.h"
#include "server/serverconnection.h"
#include "server/serverdialogs.h"
#include "server/serversession.h"
#include "shell/icons.h"
#include "storage/document.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Valuemap {

void MainWindow::createServerActions(QMenu *file, QAction *before)
{
    auto *openFromServer = new QAction(themedIcon(u"folder-remote"_s), tr("Open from Ser&ver…"), this);
    openFromServer->setStatusTip(tr("Open a plan on a team server, shared live with the team"));
    connect(openFromServer, &QAction::triggered, this, [this] {
        OpenFromServerDialog dialog(this);
        if (!dialog.fields()->addressEdit()->text().isEmpty())
            dialog.listPlans();
        if (dialog.exec() == QDialog::Accepted && !dialog.planName().isEmpty())
            openServerPlan(dialog.address(), dialog.planName());
    });
    m_shareOnServer = new QAction(themedIcon(u"document-share"_s), tr("S&hare on Server…"), this);
    m_shareOnServer->setStatusTip(tr("Copy this plan to a team server to work on it together"));
    connect(m_shareOnServer, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        ShareOnServerDialog dialog(m_document.get(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        statusBar()->showMessage(tr("Shared as plan “%1”").arg(dialog.planName()), 5000);
        if (dialog.openAfterwards())
            openServerPlan(dialog.address(), dialog.planName());
    });
    file->insertAction(before, openFromServer);
    file->insertAction(before, m_shareOnServer);

    m_history = new HistoryPanel(this);
    m_history->setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 40);
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();
    m_history->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_history->toggleViewAction()->setIcon(themedIcon(u"view-history"_s));
    m_liveState = new QLabel(this);
    m_liveState->setObjectName(u"liveState"_s);
    statusBar()->addPermanentWidget(m_liveState);
    m_liveState->hide();
}

bool MainWindow::openServerPlan(const QString &conn, const QString &plan)
{
    QString error;
    bool passwordNeeded = false;
    auto doc = Document::openServer(conn, plan, &error, true, &passwordNeeded);
    // A password the server wants and the address lacks: asked for, used once, never kept.
    if (!doc && passwordNeeded) {
        bool ok = false;
        const QString password = QInputDialog::getText(
                this, tr("Password"), tr("%1\n\nPassword (not saved):").arg(error),
                QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        doc = Document::openServer(ServerConnection::withPassword(conn, password), plan, &error);
    }
    if (!doc) {
        setDocument(nullptr);
        showMessage(tr("Cannot open plan"), error);
        return false;
    }
    setDocument(std::move(doc));
    return true;
}

void MainWindow::connectServerDocument()
{
    m_shareOnServer->setEnabled(m_document && !m_document->serverSession());
    m_history->setDocument(m_document.get());
    ServerSession *session = m_document ? m_document->serverSession() : nullptr;
    m_liveState->setVisible(session != nullptr);
    if (!session)
        return;
    const auto showState = [this, session] {
        switch (session->state()) {
        case ServerSession::State::Online:
            // Others' changes still arrive while the plan holds values it refuses (the banner
            // says which): live, but not to be edited. A viewer's level says so already.
            m_liveState->setText((m_document->isReadOnly() && session->level() != "viewer"_L1
                                          ? tr("● Live, for viewing only: %1 as %2 (%3)")
                                          : tr("● Live: %1 as %2 (%3)"))
                                         .arg(session->planName(), session->role(), session->level()));
            break;
        case ServerSession::State::Offline:
            m_liveState->setText(tr("○ Offline — reconnecting…"));
            break;
        case ServerSession::State::Excluded:
            m_liveState->setText(tr("○ No longer shared with %1").arg(session->role()));
            break;
        }
        m_liveState->setToolTip(m_document->location());
    };
    connect(session, &ServerSession::stateChanged, m_planPage, showState);
    connect(m_document.get(), &Document::writableChanged, m_planPage, showState);
    showState();
    connect(m_document.get(), &Document::remoteChanges, m_planPage,
            [this](const QList<LogEntry> &entries) {
                const LogEntry &last = entries.constLast();
                statusBar()->showMessage(entries.size() == 1
                                                 ? tr("%1: %2").arg(last.author, last.undoText)
                                                 : tr("%n change(s) by others, the last by %1: %2",
                                                      nullptr, int(entries.size()))
                                                           .arg(last.author, last.undoText),
                                         8000);
            });
    // The History panel follows the map's current story: tied when the map is built
    // (mainwindow_screens.cpp).
    statusBar()->showMessage((m_document->isReadOnly() ? tr("Opened %1 for viewing only (the bar above says why)")
                                                        : tr("Opened %1; every change is saved on the server as you "
                                                             "make it"))
                                     .arg(m_document->location()),
                             8000);
}

} // namespace Valuemap
