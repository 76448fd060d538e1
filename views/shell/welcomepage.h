#pragma once

#include <QWidget>

class QListWidget;

namespace Valuemap {

// What the window shows without a plan: what Valuemap is for, the ways to start (new, from a
// template, open, the sample) and the recent plans with their product names and dates.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void refresh(); // lists the recent plans anew
    QListWidget *recentList() const { return m_recent; }

signals:
    void newPlanWanted();
    void templateWanted();
    void openWanted();
    void sampleWanted();
    void recentWanted(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *m_recent = nullptr;
};

} // namespace Valuemap
