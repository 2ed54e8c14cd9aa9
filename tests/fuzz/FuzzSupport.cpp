// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Rollcall::Fuzz {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "rollcall-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

void violated(const char* property, const QString& detail)
{
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

} // namespace Rollcall::Fuzz
