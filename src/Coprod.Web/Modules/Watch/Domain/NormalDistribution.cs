namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>The standard normal tail, for the p-values of z-scores (.NET has no erfc).</summary>
internal static class NormalDistribution
{
    /// <summary>P(|Z| ≥ |z|) for a standard normal Z: 1 at 0, 0.05 at 1.96, 0 beyond about 38.</summary>
    public static double TwoSidedP(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>
    /// Complementary error function for x ≥ 0, to about 1e-15: below 2 as 1 − erf(x) with erf's series
    /// of positive terms, erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)); from 2 on, its
    /// continued fraction, e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by Lentz's method.
    /// </summary>
    public static double Erfc(double x)
    {
        if (x < 2)
        {
            var (term, sum) = (x, x);
            for (var n = 1; term > 1e-17 * sum; n++)
            {
                term *= 2 * x * x / (2 * n + 1);
                sum += term;
            }
            return 1 - 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum;
        }
        const double Tiny = 1e-300;
        var (f, c, d) = (x, x, 0.0);
        for (var n = 1; n < 500; n++)
        {
            var a = n / 2.0;
            d = x + a * d;
            d = 1 / (d == 0 ? Tiny : d);
            c = x + a / c;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }
        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
