#include "storage/exactsum.h"

#include <bit>
#include <cmath>
#include <limits>

namespace Valuemap {

namespace {

constexpr int LowestBit = -1074; // the weight of bit 0 of digit 0: 2^-1074

} // namespace

void ExactSum::accumulate(double value, int sign)
{
    const quint64 bits = std::bit_cast<quint64>(value);
    const int exponent = int((bits >> 52) & 0x7ff);
    if (exponent == 0x7ff) { // infinity or NaN
        if (std::isnan(value))
            m_nan += sign;
        else if ((value > 0) == (sign > 0))
            m_plusInfinity += sign > 0 ? 1 : -1;
        else
            m_minusInfinity += sign > 0 ? 1 : -1;
        return;
    }
    quint64 mantissa = bits & ((quint64(1) << 52) - 1);
    // value = ±mantissa · 2^(e - 1075), with e = 1 for the subnormals: bit position e - 1.
    int position = exponent - 1;
    if (exponent == 0)
        position = 0;
    else
        mantissa |= quint64(1) << 52;
    if (mantissa == 0)
        return;
    if (bits >> 63)
        sign = -sign;
    const int digit = position / 32;
    const int shift = position % 32;
    const quint64 low = mantissa << shift; // bits 0..63 of the shifted mantissa
    const quint64 high = shift ? mantissa >> (64 - shift) : 0; // and above
    m_digits[size_t(digit)] += sign * qint64(low & 0xffffffffu);
    m_digits[size_t(digit + 1)] += sign * qint64(low >> 32);
    m_digits[size_t(digit + 2)] += sign * qint64(high);
}

double ExactSum::value() const
{
    if (m_nan != 0 || (m_plusInfinity != 0 && m_minusInfinity != 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (m_plusInfinity != 0)
        return std::numeric_limits<double>::infinity();
    if (m_minusInfinity != 0)
        return -std::numeric_limits<double>::infinity();

    // Carry until every digit but the top one is in [0, 2^32); the top one keeps the sign.
    std::array<qint64, Digits> d = m_digits;
    auto normalize = [&d] {
        for (int i = 0; i + 1 < Digits; ++i) {
            const qint64 carry = d[size_t(i)] >> 32; // rounds toward minus infinity
            d[size_t(i)] -= carry * (qint64(1) << 32);
            d[size_t(i + 1)] += carry;
        }
    };
    normalize();
    double sign = 1.0;
    if (d[Digits - 1] < 0) {
        for (qint64 &digit : d)
            digit = -digit;
        normalize();
        sign = -1.0;
    }
    int top = Digits - 1;
    while (top >= 0 && d[size_t(top)] == 0)
        --top;
    if (top < 0)
        return 0.0;
    if (d[size_t(top)] >> 32)
        return sign * std::numeric_limits<double>::infinity(); // 2^1038 and more
    // The 64 bits from the highest one down, then whether anything below them is set ("sticky"),
    // folded into the lowest bit so the one rounding to 53 bits rounds as the exact sum would.
    auto at = [&d](int i) { return i >= 0 ? quint64(d[size_t(i)]) : quint64(0); };
    const int zeros = std::countl_zero(quint32(at(top)));
    quint64 window = (at(top) << (32 + zeros)) | (at(top - 1) << zeros);
    bool sticky = false;
    if (zeros > 0) {
        window |= at(top - 2) >> (32 - zeros);
        sticky = (at(top - 2) & ((quint64(1) << (32 - zeros)) - 1)) != 0;
    } else {
        sticky = at(top - 2) != 0;
    }
    for (int i = top - 3; i >= 0 && !sticky; --i)
        sticky = d[size_t(i)] != 0;
    if (sticky)
        window |= 1;
    return sign * std::ldexp(double(window), 32 * top - 32 - zeros + LowestBit);
}

} // namespace Valuemap
