namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Plain logistic regression on standardised features, fitted by gradient descent with an L2 penalty: few features
/// and a few hundred questions need nothing more, and every step can be read here. A weight may be held to a sign.
/// </summary>
internal static class LogisticRegression
{
    public static (double[] Means, double[] Scales, double[] Weights, double Bias) Fit(
        IReadOnlyList<double[]> samples, IReadOnlyList<bool> labels, double penalty = 1.0, int iterations = 5_000, double rate = 0.1, IReadOnlyList<int>? signs = null)
    {
        var features = samples[0].Length;
        var means = Enumerable.Range(0, features).Select(j => samples.Average(s => s[j])).ToArray();
        var scales = Enumerable.Range(0, features)
            .Select(j => Math.Sqrt(samples.Average(s => Math.Pow(s[j] - means[j], 2))))
            .Select(s => s < 1e-9 ? 1.0 : s)
            .ToArray();
        var x = samples.Select(s => s.Select((v, j) => (v - means[j]) / scales[j]).ToArray()).ToList();
        var weights = new double[features];
        var bias = 0.0;
        for (var step = 0; step < iterations; step++)
        {
            var gradient = new double[features];
            var biasGradient = 0.0;
            for (var i = 0; i < x.Count; i++)
            {
                var error = Sigmoid(bias + Dot(weights, x[i])) - (labels[i] ? 1 : 0);
                biasGradient += error;
                for (var j = 0; j < features; j++)
                {
                    gradient[j] += error * x[i][j];
                }
            }

            bias -= rate * biasGradient / x.Count;
            for (var j = 0; j < features; j++)
            {
                weights[j] -= rate * ((gradient[j] / x.Count) + (penalty * weights[j] / x.Count));

                // A feature whose direction is known (more closeness never argues against answering) keeps it: a weight
                // that would cross zero stops there, so features that move together cannot cancel out in odd directions.
                if (signs is not null && weights[j] * signs[j] < 0)
                {
                    weights[j] = 0;
                }
            }
        }

        return (means, scales, weights, bias);
    }

    private static double Dot(double[] a, double[] b) => a.Select((v, i) => v * b[i]).Sum();

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
