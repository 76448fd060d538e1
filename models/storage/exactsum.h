#pragma once

#include <QtGlobal>

#include <array>

namespace Valuemap {

// A sum of doubles that is exact until it is read: the same numbers give the same total in any
// order, and a number taken out again leaves no trace (0.1 + 0.2 - 0.1 is 0.2 here). The slice
// check counts a slice's estimate in one pass over the plan and the story map keeps it up to
// date story by story; both must show the same figure, to the last bit.
//
// Every finite double is a whole multiple of 2^-1074 (the smallest subnormal); the sum is kept
// as such a multiple, in 32-bit digits held in 64-bit signed words, so 2^31 additions fit
// before a digit could overflow. value() rounds the exact sum once, to nearest.
class ExactSum
{
public:
    void add(double value) { accumulate(value, 1); }
    void subtract(double value) { accumulate(value, -1); }
    double value() const;

private:
    static constexpr int Digits = 66; // 2^-1074 .. 2^1024 and the carries above
    void accumulate(double value, int sign);

    std::array<qint64, Digits> m_digits {};
    // Infinities and NaN have no digits: counted, and the total is what a plain sum gives.
    int m_nan = 0;
    int m_plusInfinity = 0;
    int m_minusInfinity = 0;
};

} // namespace Valuemap
