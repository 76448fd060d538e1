#pragma once

#include "export/handoutexport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace Valuemap {

class Document;

// What the client handout needs to know before it is written: the client (from the vision
// header), the date on the cover (today), the paper, and whether the map goes on one page or
// is tiled over several.
class HandoutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HandoutDialog(const Document &document, QWidget *parent = nullptr);

    HandoutExport::Options options() const;

private:
    QLineEdit *m_client = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_paper = nullptr;
    QRadioButton *m_fit = nullptr;
    QRadioButton *m_tiled = nullptr;
};

} // namespace Valuemap
