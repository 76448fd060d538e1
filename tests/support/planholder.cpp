// A second process that holds a plan open, as a desktop would: opens it (migrating it if it is
// of an older schema), prints "open", and closes it when a line arrives on stdin (or stdin ends).
// Used by tst_record (a busy plan) and to make the schema fixtures (tests/fixtures/plan-vN).
#include "storage/document.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::cerr << "usage: planholder PLAN.valuemap\n";
        return 2;
    }
    QString error;
    auto doc = Valuemap::Document::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!doc) {
        std::cerr << error.toStdString() << '\n';
        return 2;
    }
    std::cout << "open" << std::endl;
    std::string line;
    std::getline(std::cin, line);
    return 0;
}
