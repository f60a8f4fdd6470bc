#!/usr/bin/env python3
"""Recomputes, with the peer libraries, every expected value the Swift tests quote from a peer.

The Swift tests never call Python: they hold the numbers this script prints. Run it to see where
each number comes from, or after a peer release to see whether the peers still agree:

    python3 -m venv /tmp/peervenv
    /tmp/peervenv/bin/pip install -r Benchmarks/peers/expected_values-requirements.txt
    /tmp/peervenv/bin/python Benchmarks/peers/expected_values.py

It prints one line per quoted value set (test file, what, the peer call, the largest difference
from the value in the test) and exits 1 when a peer result is farther from the test's value than
the test's own tolerance. Versions it was run with: see expected_values-requirements.txt (numpy
2.4.6, pymcdm 1.4.0, scikit-criteria 0.10, scipy 1.17.1, scikit-learn 1.9.1, mpmath 1.4.1, on
Python 3.11.7, Linux x86_64); last run 2026-12-07, every value reproduced.

Covered: Tests/TICScoringTests/PeerData.swift with WeightingTests, NormalizationTests and
AggregationTests; SupplierPeerTests (and through it the weights/mcda command tests); AHPTests and
the ahp command tests; ExtremeValueTests (AHP at the judgement limit); RankCorrelationTests;
OutlierTreatmentTests; RankingTests; PipelineTests (numpy on the same formulas).
"""
import sys
import warnings

import numpy as np

warnings.filterwarnings("ignore")

FAILED = []


def check(where, what, call, ours, theirs, tolerance):
    """Prints the largest |test value − peer value| and records a failure above `tolerance`."""
    ours, theirs = np.asarray(ours, dtype=float).ravel(), np.asarray(theirs, dtype=float).ravel()
    if ours.shape != theirs.shape:
        difference = float("inf")
    else:
        difference = float(np.max(np.abs(ours - theirs))) if ours.size else 0.0
    ok = difference <= tolerance
    if not ok:
        FAILED.append((where, what))
    print(f"{'ok  ' if ok else 'DIFF'} {where}: {what} — {call}: max |Δ| {difference:.3g} (tolerance {tolerance:g})")
    if not ok:
        print(f"       peer: {list(map(float, theirs))}")


# -- The matrices of Tests/TICScoringTests/PeerData.swift ------------------------------------------

M1 = np.array([[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2]], dtype=float)
T1 = np.array([-1, 1, 1, 1])
W1 = np.array([0.3, 0.2, 0.2, 0.3])

M2 = np.array([
    [12.0, 3400, 0.21, 7, 55], [9.5, 4100, 0.35, 4, 61], [15.2, 2900, 0.18, 9, 47], [11.1, 5200, 0.42, 6, 70],
    [8.7, 3800, 0.27, 3, 52], [13.9, 4500, 0.31, 8, 66], [10.4, 3100, 0.24, 5, 58], [14.6, 4900, 0.38, 10, 49],
])
T2 = np.array([1, 1, -1, 1, -1])
W2 = np.array([0.15, 0.25, 0.2, 0.3, 0.1])

# Hwang & Yoon (1981) fighter aircraft.
FA = np.array([[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5], [1.8, 2000, 21000, 4.5, 7, 7],
               [2.2, 1800, 20000, 5.0, 5, 5]])
FT = np.array([1, 1, 1, -1, 1, 1])
FW = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])

# The README's suppliers matrix (SupplierPeerTests, MatrixCommandFixtures).
SUPPLIERS = np.array([[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 24, 10, 2], [225, 20, 14, 6]], dtype=float)
ST = np.array([-1, 1, 1, 1])


def objectives(types):
    return ["max" if t > 0 else "min" for t in types]


def pymcdm_cases():
    import pymcdm
    from pymcdm import normalizations as pn
    from pymcdm.helpers import normalize_matrix
    from pymcdm.methods import TOPSIS, VIKOR, WPM, WSM

    w = "WeightingTests.swift"
    check(w, "entropy M1", "pymcdm.weights.entropy_weights(M1)", [0.06391538399045828, 0.3788312783411814, 0.2879206127537567, 0.2693327249146037],
          pymcdm.weights.entropy_weights(M1), 1e-12)
    check(w, "CRITIC M1", "pymcdm.weights.critic_weights(M1)", [0.13018015580082568, 0.25902748435987316, 0.3784756334316029, 0.2323167264076981],
          pymcdm.weights.critic_weights(M1), 1e-12)
    check(w, "stddev M1", "pymcdm.weights.standard_deviation_weights(M1)", [0.7397873473602427, 0.16401270687034186, 0.07486121605864064, 0.021338729710774756],
          pymcdm.weights.standard_deviation_weights(M1), 1e-12)
    check(w, "entropy M2", "pymcdm.weights.entropy_weights(M2)", [0.12283183363223353, 0.13179980118486465, 0.24750500362388828, 0.4388468477549908, 0.0590165138040228],
          pymcdm.weights.entropy_weights(M2), 1e-12)
    check(w, "CRITIC M2", "pymcdm.weights.critic_weights(M2)", [0.2357892806153253, 0.15699666688359015, 0.17290337655671695, 0.20665310990855146, 0.22765756603581616],
          pymcdm.weights.critic_weights(M2), 1e-12)
    check(w, "stddev M2", "pymcdm.weights.standard_deviation_weights(M2)", [0.002842587119356044, 0.9846760906856128, 9.937493470335309e-05, 0.0028744161409099906, 0.009507531119417942],
          pymcdm.weights.standard_deviation_weights(M2), 1e-12)

    n = "NormalizationTests.swift"
    expected = {
        "minmax": [0.5076923076923078, 0.21739130434782608, 0.875, 0.5714285714285714, 0.6521739130434783, 0.12307692307692318, 0.5217391304347826, 0.2916666666666667, 0.14285714285714285, 0.391304347826087, 1.0, 0.0, 1.0, 0.8571428571428571, 1.0, 0.3692307692307693, 1.0, 0.0, 0.42857142857142855, 0.0, 0.0, 0.391304347826087, 0.6249999999999999, 0.0, 0.782608695652174, 0.8000000000000002, 0.6956521739130435, 0.4583333333333333, 0.7142857142857143, 0.17391304347826086, 0.2615384615384617, 0.08695652173913043, 0.75, 0.2857142857142857, 0.5217391304347826, 0.9076923076923078, 0.8695652173913043, 0.1666666666666666, 1.0, 0.9130434782608695],
        "max": [0.7894736842105263, 0.6538461538461539, 0.5, 0.7, 0.2142857142857143, 0.625, 0.7884615384615384, 0.16666666666666674, 0.4, 0.12857142857142856, 1.0, 0.5576923076923077, 0.5714285714285714, 0.9, 0.3285714285714286, 0.7302631578947368, 1.0, 0.0, 0.6, 0.0, 0.5723684210526315, 0.7307692307692307, 0.3571428571428571, 0.3, 0.2571428571428571, 0.9144736842105263, 0.8653846153846154, 0.26190476190476186, 0.8, 0.05714285714285716, 0.6842105263157895, 0.5961538461538461, 0.4285714285714286, 0.5, 0.17142857142857137, 0.9605263157894737, 0.9423076923076923, 0.09523809523809523, 1.0, 0.30000000000000004],
        "sum": [0.12578616352201258, 0.10658307210031348, 0.16261496895176844, 0.1346153846153846, 0.12788840963002712, 0.09958071278825995, 0.12852664576802508, 0.09756898137106107, 0.07692307692307693, 0.11530922179756546, 0.1593291404612159, 0.09090909090909091, 0.18971746377706317, 0.17307692307692307, 0.14965664956705302, 0.11635220125786162, 0.16300940438871472, 0.08130748447588422, 0.11538461538461539, 0.10048375042359274, 0.09119496855345911, 0.11912225705329153, 0.12647830918470876, 0.057692307692307696, 0.13526658710868256, 0.14570230607966456, 0.14106583072100312, 0.11015852735442379, 0.15384615384615385, 0.10657367469168928, 0.1090146750524109, 0.09717868338557993, 0.1422880978327974, 0.09615384615384616, 0.12127349189054297, 0.15303983228511528, 0.1536050156739812, 0.08986616705229308, 0.19230769230769232, 0.14354821489084676],
        "vector": [0.34952312914762723, 0.29578639857518507, 0.7569288143646524, 0.35909242322980395, 0.6632793300149182, 0.2767058105752049, 0.3566835982818408, 0.5948813572744206, 0.20519567041703082, 0.6265461660165457, 0.4427292969203278, 0.2522883987847167, 0.7916532694554164, 0.4616902584383194, 0.7122568820127482, 0.3233088944615552, 0.4523791978208713, 0.5138576287293047, 0.30779350562554625, 0.5714464200189868, 0.25340426863202975, 0.33058479840755983, 0.6874799041831244, 0.15389675281277312, 0.6816459120141045, 0.40486429126266826, 0.3914819981142156, 0.6411806307287725, 0.41039134083406165, 0.5959351960179018, 0.30292004526127697, 0.26968759870090403, 0.7222043592738885, 0.25649458802128855, 0.644912748015732, 0.4252531404629465, 0.4262803979465903, 0.5601569021836567, 0.5129891760425771, 0.7000124940132908],
    }
    for name, values in expected.items():
        function = getattr(pn, f"{name}_normalization")
        check(n, f"{name} M2 (row-major)", f"normalize_matrix(M2, pn.{name}_normalization, types)", values,
              normalize_matrix(M2, function, T2), 1e-12)

    a = "AggregationTests.swift"
    check(a, "TOPSIS M1", "TOPSIS()(M1, W1, types)", [0.5651923175029235, 0.4772255750516611, 0.5227744249483389, 0.4798330168691059, 0.4497745105386815],
          TOPSIS()(M1, W1, T1), 1e-12)
    check(a, "TOPSIS vector M1", "TOPSIS(vector_normalization)(M1, W1, types)", [0.6143733808376184, 0.3687261159640322, 0.6312738840359677, 0.5470585238178186, 0.35966504668379096],
          TOPSIS(pn.vector_normalization)(M1, W1, T1), 1e-12)
    check(a, "TOPSIS M2", "TOPSIS()(M2, W2, types)", [0.5202389973365003, 0.3082490436817015, 0.59479209342939, 0.4908414550535584, 0.319749214297098, 0.6357155984535635, 0.35407843637124337, 0.7043707943174492],
          TOPSIS()(M2, W2, T2), 1e-12)
    check(a, "TOPSIS vector M2", "TOPSIS(vector_normalization)(M2, W2, types)", [0.563699631789786, 0.24721946512923237, 0.682165421261674, 0.44472363536551196, 0.2605064656334434, 0.6575253972065072, 0.3626452671235691, 0.7193153256181932],
          TOPSIS(pn.vector_normalization)(M2, W2, T2), 1e-12)
    check(a, "TOPSIS vector, fighter aircraft", "TOPSIS(vector_normalization)(FA, FW, FT)", [0.6432770005532701, 0.26838356771941185, 0.6135422900072309, 0.31229106558175435],
          TOPSIS(pn.vector_normalization)(FA, FW, FT), 1e-12)
    check(a, "TOPSIS min-max, fighter aircraft", "TOPSIS()(FA, FW, FT)", [0.6127481841818694, 0.3660254037844387, 0.530641941323763, 0.35168953377730144],
          TOPSIS()(FA, FW, FT), 1e-12)
    _, _, _, s, r, q = VIKOR()._method(M1, W1, T1)
    check(a, "VIKOR S M1", "VIKOR()._method(M1, W1, types)[3]", [0.45, 0.6, 0.4, 0.525, 0.575], s, 1e-12)
    check(a, "VIKOR R M1", "VIKOR()._method(M1, W1, types)[4]", [0.2, 0.2, 0.3, 0.225, 0.3], r, 1e-12)
    check(a, "VIKOR Q M1", "VIKOR()._method(M1, W1, types)[5]", [0.125, 0.5, 0.5, 0.4375, 0.9375], q, 1e-12)
    _, _, _, s, r, q = VIKOR()._method(M2, W2, T2)
    check(a, "VIKOR S M2", "VIKOR()._method(M2, W2, types)[3]", [0.4578523650262781, 0.7107827679566809, 0.29285714285714287, 0.566043956043956, 0.6989130434782609, 0.38274327122153207, 0.6511419015766842, 0.22181716833890747], s, 1e-12)
    check(a, "VIKOR R M2", "VIKOR()._method(M2, W2, types)[4]", [0.1956521739130435, 0.2571428571428571, 0.25, 0.2, 0.3, 0.10833333333333335, 0.22826086956521738, 0.16666666666666669], r, 1e-12)
    check(a, "VIKOR Q M2", "VIKOR()._method(M2, W2, types)[5]", [0.4691500410830326, 0.8881987577639752, 0.44220833847565844, 0.5911253276484177, 0.9878624135443284, 0.1645576938422879, 0.7518676710592982, 0.15217391304347827], q, 1e-12)
    check(a, "VIKOR v = 0.3 M2", "VIKOR(v=0.3)(M2, W2, types)", [0.4637206484683451, 0.8434782608695652, 0.5609771769984385, 0.5459795444151376, 0.992717448126597, 0.09873461630537275, 0.7014041565108151, 0.21304347826086958],
          VIKOR(v=0.3)(M2, W2, T2), 1e-12)
    check(a, "VIKOR fighter aircraft", "VIKOR()(FA, FW, FT)", [0.03061224489795927, 1.0, 0.18181818181818182, 0.8612244897959185],
          VIKOR()(FA, FW, FT), 1e-12)
    check(a, "WSM M1", "WSM()(M1, W1, types)", [0.21068754270634527, 0.17871657124007442, 0.22612850781084326, 0.20391508211399356, 0.1805522961287434],
          WSM()(M1, W1, T1), 1e-12)
    check(a, "WSM min-max M1", "WSM(minmax_normalization)(M1, W1, types)", [0.55, 0.4, 0.6, 0.475, 0.425],
          WSM(pn.minmax_normalization)(M1, W1, T1), 1e-12)
    check(a, "WPM M1", "WPM()(M1, W1, types)", [0.20508519151935795, 0.1734740148483535, 0.22095339112111612, 0.1974382261356667, 0.17032064555509208],
          WPM()(M1, W1, T1), 1e-12)
    check(a, "WSM M2", "WSM()(M2, W2, types)", [0.13121014269135203, 0.10119040989113709, 0.15145887843164996, 0.11913043783877866, 0.09958982240184405, 0.1359647226861003, 0.11007799470602424, 0.15137759135311357],
          WSM()(M2, W2, T2), 1e-12)
    check(a, "WPM M2", "WPM()(M2, W2, types)", [0.1298705323937042, 0.09927509940895235, 0.14608274611897962, 0.11582422858206737, 0.09437381182917666, 0.1346387381952592, 0.1087466278190654, 0.14653455226035006],
          WPM()(M2, W2, T2), 1e-12)

    sp = "SupplierPeerTests.swift"
    entropy = pymcdm.weights.entropy_weights(SUPPLIERS)
    check(sp, "entropy", "entropy_weights(S)", [0.07186568320367134, 0.26222772676722456, 0.2017499941153404, 0.46415659591376374], entropy, 1e-12)
    check(sp, "CRITIC", "critic_weights(S)", [0.23477909967583896, 0.23817705317570165, 0.15278558942241996, 0.37425825772603943],
          pymcdm.weights.critic_weights(SUPPLIERS), 1e-12)
    check(sp, "stddev", "standard_deviation_weights(S)", [0.7755977803328847, 0.13133048602716904, 0.06204782242663078, 0.03102391121331539],
          pymcdm.weights.standard_deviation_weights(SUPPLIERS), 1e-12)
    given = np.array([0.4, 0.3, 0.2, 0.1])
    cases = [
        ("TOPSIS, entropy weights", "TOPSIS()(S, entropy, types)", TOPSIS(), entropy,
         [0.5433515371628597, 0.2213053958261697, 0.6245475958404315, 0.21788842345695644, 0.7085448009870772], [3, 4, 2, 5, 1]),
        ("TOPSIS vector, entropy weights", "TOPSIS(vector_normalization)(S, entropy, types)", TOPSIS(pn.vector_normalization), entropy,
         [0.5961470577074384, 0.22039593785065845, 0.58907735434702, 0.17812848295136824, 0.7577386866363948], [2, 4, 3, 5, 1]),
        ("VIKOR, entropy weights", "VIKOR()(S, entropy, types)", VIKOR(), entropy,
         [0.35105347675918985, 0.7830928807907658, 0.10171392740502741, 0.9893852684494676, 0.0], [3, 4, 2, 5, 1]),
        ("WSM, entropy weights", "WSM()(S, entropy, types)", WSM(), entropy,
         [0.20931924892489673, 0.1529739769782622, 0.23606304601560665, 0.151114894971753, 0.2505288331094814], [3, 4, 2, 5, 1]),
        ("WSM min-max, entropy weights", "WSM(minmax_normalization)(S, entropy, types)", WSM(pn.minmax_normalization), entropy,
         [0.48492528559482867, 0.1879048321821123, 0.6960560188394468, 0.19951778271336523, 0.7349252855948287], [3, 5, 2, 4, 1]),
        ("WPM, entropy weights", "WPM()(S, entropy, types)", WPM(), entropy,
         [0.20473618395198884, 0.15123772563185484, 0.23156214774688455, 0.14246710703237914, 0.24555823438248983], [3, 4, 2, 5, 1]),
        ("TOPSIS, weights 0.4, 0.3, 0.2, 0.1", "TOPSIS()(S, given, types)", TOPSIS(), given,
         [0.3861008601533019, 0.5211347406974133, 0.4745101969430629, 0.32944576585340946, 0.5875738379673827], [4, 2, 3, 5, 1]),
        ("VIKOR v = 0.3, weights 0.4, 0.3, 0.2, 0.1", "VIKOR(v=0.3)(S, given, types)", VIKOR(v=0.3), given,
         [0.5307692307692307, 0.48461538461538445, 0.7692307692307692, 0.6000000000000002, 0.0], [3, 2, 5, 4, 1]),
    ]
    for what, call, method, weights, scores, ranks in cases:
        preference = method(SUPPLIERS, weights, ST)
        check(sp, what, call, scores, preference, 1e-12)
        check(sp, what + ": ranks", call.replace(")(", ").rank(") , ranks, method.rank(preference), 0)

    r = "RankingTests.swift"
    from pymcdm.helpers import rankdata
    check(r, "average ranks with ties", "pymcdm.helpers.rankdata([10, 20, 20, 30])", [1, 2.5, 2.5, 4], rankdata([10, 20, 20, 30]), 0)
    check(r, "average ranks, all tied", "pymcdm.helpers.rankdata([5, 5, 5])", [2, 2, 2], rankdata([5, 5, 5]), 0)


def ahp_cases():
    from pymcdm.weights.subjective import AHP

    saaty3 = np.array([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    a4 = np.array([[1, 2, 4, 3], [0.5, 1, 3, 2], [0.25, 1 / 3, 1, 0.5], [1 / 3, 0.5, 2, 1]])
    cli4 = np.array([[1, 2, 5, 9], [0.5, 1, 3, 4], [0.2, 1 / 3, 1, 2], [1 / 9, 0.25, 0.5, 1]])
    second = np.array([[1, 5, 3], [0.2, 1, 0.5], [1 / 3, 2, 1]])

    def principal(m):
        values, vectors = np.linalg.eig(m)
        k = np.argmax(values.real)
        w = vectors[:, k].real
        return w / w.sum(), values[k].real

    t = "AHPTests.swift"
    w, lam = principal(saaty3)
    check(t, "Saaty 3 × 3 weights", "numpy.linalg.eig principal eigenvector", [0.6369855717447569, 0.2582849943744952, 0.10472943388074793], w, 1e-9)
    check(t, "Saaty 3 × 3 λmax", "numpy.linalg.eig", [3.0385110905581745], [lam], 1e-9)
    w, lam = principal(a4)
    check(t, "4 × 4 weights", "numpy.linalg.eig principal eigenvector", [0.4672959827809369, 0.27718059061097955, 0.0954349515837092, 0.16008847502437432], w, 1e-9)
    check(t, "4 × 4 λmax", "numpy.linalg.eig", [4.030983498297896], [lam], 1e-9)
    gm = np.prod(a4, axis=1) ** (1 / 4)
    check(t, "4 × 4 geometric mean", "numpy.prod(A4, axis=1) ** (1/4), normalized",
          [0.466848563720221, 0.277589816802444, 0.09529506402214502, 0.16026655545518995], gm / gm.sum(), 1e-12)
    for name, m, weights, cr, tolerance in [
        ("Saaty 3 × 3", saaty3, [0.6369855717447569, 0.2582849943744952, 0.10472943388074793], 0.03320494098825184, 1e-12),
        ("4 × 4", a4, [0.4672959827809369, 0.27718059061097955, 0.0954349515837092, 0.16008847502437432], 0.01157698998538888, 1e-12),
        ("the ahp command's 4 × 4", cli4, [0.5495644081313625, 0.28061328762566484, 0.10831683349516269, 0.061505470747809855], 0.005212645567468389, 1e-10),
        ("the README's expert1", saaty3, [0.6369855717447745, 0.2582849943744825, 0.10472943388074302], 0.03320494098818674, 1e-12),
    ]:
        ahp = AHP(matrix=m)
        check(t, f"{name}: weights (Tummala & Ling)", "pymcdm AHP(matrix=A)()", weights, ahp(), tolerance)
        check(t, f"{name}: CR (Tummala & Ling)", "pymcdm AHP(matrix=A).get_cr()", [cr], [ahp.get_cr()], 1e-9)
    # Group AHP: pymcdm has none, and its AHP refuses judgements off the 1/9…9 scale, so the
    # element-wise geometric mean of the two experts' judgements (Aczél & Saaty 1983) goes through
    # pymcdm's own two steps in numpy: _matrix_to_weights (eigenvector of the largest |eigenvalue|)
    # and get_cr (CI over RI_M, Tummala & Ling).
    mean = np.sqrt(saaty3 * second)
    values, vectors = np.linalg.eig(mean)
    w = vectors[:, np.argmax(np.abs(values))].real
    cr = (max(values.real) - 3) / 2 / AHP.RI_M[2]
    check(t, "group of two experts: weights", "numpy as pymcdm AHP._matrix_to_weights on sqrt(A ∘ B)",
          [0.6589449952101548, 0.18203381771374716, 0.15902118707609797], w / w.sum(), 1e-10)
    check(t, "group of two experts: CR", "numpy as pymcdm AHP.get_cr on sqrt(A ∘ B)", [0.003939005964587157], [cr], 1e-10)

    e = "ExtremeValueTests.swift"
    strong = np.array([[1, 1e6, 1e6], [1e-6, 1, 1e6], [1e-6, 1e-6, 1]])
    _, lam = principal(strong)
    check(e, "judgements at the limit: λmax", "numpy.linalg.eig", [101.0099999999999], [lam], 1e-9)
    try:
        import mpmath
        mpmath.mp.dps = 50
        values, vectors = mpmath.eig(mpmath.matrix(strong.tolist()))
        k = max(range(len(values)), key=lambda i: mpmath.re(values[i]))
        v = [mpmath.re(vectors[i, k]) for i in range(3)]
        total = sum(v)
        check(e, "judgements at the limit: weights", "mpmath.eig at 50 digits",
              [0.9999000000009999, 0.00009999000000009999, 9.999000000009999e-9], [float(x / total) for x in v], 1e-15)
    except ImportError:
        print("skip ExtremeValueTests.swift weights: mpmath is not installed")
    chain = np.array([[1, 1e3, 1e6], [1e-3, 1, 1e3], [1e-6, 1e-3, 1]])
    _, lam = principal(chain)
    check(e, "a consistent chain: λmax = n", "numpy.linalg.eig", [3.0], [lam], 1e-12)


def statistics_cases():
    from scipy.stats import kendalltau, kurtosis, skew
    from sklearn.metrics import cohen_kappa_score

    c = "RankCorrelationTests.swift"
    for x, y, tau in [
        ([1, 2, 2, 4, 5, 6], [1, 3, 2, 2, 6, 5], 0.6428571428571429),
        ([1.5, 1.5, 3, 4, 5, 6, 7], [2, 1, 3, 3, 7, 5, 5], 0.7181848464596078),
        ([3, 1, 2, 2, 5, 4, 6, 6], [8, 7, 6, 5, 4, 3, 2, 1], -0.6671243849949912),
    ]:
        check(c, f"Kendall τ-b {x} / {y}", "scipy.stats.kendalltau(x, y)", [tau], [kendalltau(x, y).statistic], 1e-12)
    for a, b, kappa in [
        ([0, 1, 1, 2, 2, 2, 3, 3, 1, 0], [0, 1, 2, 2, 2, 3, 3, 2, 1, 1], 0.6296296296296297),
        ([0, 0, 1, 1, 2, 2, 3, 3], [3, 3, 2, 2, 1, 1, 0, 0], -0.6000000000000001),
        ([1, 1, 2, 2, 2, 2, 3, 1, 2], [1, 2, 2, 2, 1, 2, 3, 1, 2], 0.6538461538461539),
    ]:
        check(c, f"linear weighted κ {a} / {b}", 'cohen_kappa_score(a, b, weights="linear", labels=[0, 1, 2, 3])', [kappa],
              [cohen_kappa_score(a, b, weights="linear", labels=[0, 1, 2, 3])], 1e-12)

    o = "OutlierTreatmentTests.swift"
    x = list(range(1, 11)) + [30, 100]
    check(o, "skewness of 1…10, 30, 100", "scipy.stats.skew(x, bias=False)", [3.0632410342394993], [skew(x, bias=False)], 1e-12)
    check(o, "kurtosis of 1…10, 30, 100", "scipy.stats.kurtosis(x, bias=False)", [9.741390834569144], [kurtosis(x, bias=False)], 1e-12)


def skcriteria_cases():
    import skcriteria as skc
    try:
        from skcriteria.agg.topsis import TOPSIS
    except ImportError:  # scikit-criteria before 0.9
        from skcriteria.agg.similarity import TOPSIS
    from skcriteria.preprocessing.scalers import VectorScaler
    from skcriteria.preprocessing.weighters import CRITIC, EntropyWeighter

    w = "WeightingTests.swift"
    dm = skc.mkdm(M2, objectives(T2))
    check(w, "CRITIC M2, cost columns inverted", "skcriteria CRITIC().transform(mkdm(M2, objectives)).weights",
          [0.1465646961778412, 0.29987978334176624, 0.23078086661396707, 0.13861777918408139, 0.18415687468234404],
          CRITIC().transform(dm).weights.to_numpy(), 1e-12)
    check(w, "entropy M2", "skcriteria EntropyWeighter().transform(mkdm(M2, objectives)).weights",
          [0.12283183363223353, 0.13179980118486465, 0.24750500362388828, 0.4388468477549908, 0.0590165138040228],
          EntropyWeighter().transform(dm).weights.to_numpy(), 1e-12)
    zeros = np.array([[0, 3, 1], [2, 0, 1], [4, 3, 1], [0, 6, 1]], dtype=float)
    check(w, "entropy with zeros (0·ln 0 = 0)", "skcriteria EntropyWeighter().transform(mkdm(Z, max)).weights",
          [0.6838852607427317, 0.31611473925726824, 0.0],
          EntropyWeighter().transform(skc.mkdm(zeros, ["max"] * 3)).weights.to_numpy(), 1e-12)
    v = "WeightingTests.swift conventionsAgainstPeers"
    suppliers = skc.mkdm(SUPPLIERS, objectives(ST))
    check(v, "CRITIC suppliers, cost column inverted", "skcriteria CRITIC().transform(mkdm(S, objectives(ST))).weights",
          [0.33860156306918276, 0.28478767797693505, 0.18629707061405493, 0.19031368833982726],
          CRITIC().transform(suppliers).weights.to_numpy(), 1e-12)
    check(v, "CRITIC suppliers, every column max = pymcdm critic_weights(S)", "skcriteria CRITIC().transform(mkdm(S, max)).weights",
          [0.23477909967583896, 0.23817705317570165, 0.15278558942241996, 0.37425825772603943],
          CRITIC().transform(skc.mkdm(SUPPLIERS, ["max"] * 4)).weights.to_numpy(), 1e-12)
    zeros = np.array([[0, 3, 1.5], [2, 0, 1], [4, 3, 2], [1, 6, 1]], dtype=float)
    check(v, "entropy with zeros (pymcdm raises)", "skcriteria EntropyWeighter().transform(mkdm(Z2, max)).weights",
          [0.5242525928440492, 0.42195642529371735, 0.05379098186223334],
          EntropyWeighter().transform(skc.mkdm(zeros, ["max"] * 3)).weights.to_numpy(), 1e-12)
    check(v, "entropy:spssau with zeros (columns 1 and 2 shifted by 0.01)", "spssau_entropy(Z2)",
          [0.52196668138578, 0.4231202163864926, 0.05491310222772747], spssau_entropy(zeros), 1e-12)
    a = "AggregationTests.swift"
    fighter = skc.mkdm(FA, objectives(FT), weights=FW)
    check(a, "TOPSIS vector, fighter aircraft", "skcriteria TOPSIS().evaluate(VectorScaler(target='matrix').transform(dm))",
          [0.6432770005532701, 0.26838356771941185, 0.6135422900072309, 0.31229106558175435],
          TOPSIS().evaluate(VectorScaler(target="matrix").transform(fighter)).e_.similarity, 1e-12)


def pipeline_case():
    # PipelineTests.swift: the TICScoring.docc example, with numpy on the published formulas
    # (CRITIC: Diakoulaki, Mavrotas & Papayannakis 1995, every column min-max as a benefit;
    # min-max normalization with the cost column reversed; within-dimension weighted means).
    x = np.array([[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4]], dtype=float)
    types = np.array([-1, 1, 1, 1])
    n = (x - x.min(0)) / (x.max(0) - x.min(0))
    c = n.std(0, ddof=1) * (1 - np.corrcoef(n.T)).sum(0)
    w = c / c.sum()
    p = "PipelineTests.swift"
    check(p, "CRITIC weights", "numpy (Diakoulaki et al. 1995)", [0.13397459621556135, 0.30940107675850315, 0.13397459621556135, 0.4226497308103741], w, 1e-15)
    z = np.where(types > 0, (x - x.min(0)) / (x.max(0) - x.min(0)), (x.max(0) - x) / (x.max(0) - x.min(0)))
    subs = np.stack([z[:, [0, 1]] @ (w[[0, 1]] / w[[0, 1]].sum()), z[:, [2, 3]] @ (w[[2, 3]] / w[[2, 3]].sum())], axis=1)
    check(p, "dimension 0", "numpy", [0.1510847396259811, 0.3021694792519622, 0.6978305207480379], subs[:, 0], 1e-15)
    check(p, "dimension 1", "numpy", [0.8796543829377773, 0.0, 0.6203456170622228], subs[:, 1], 1e-15)
    check(p, "totals", "numpy", [0.5153695612818792, 0.1510847396259811, 0.6590880689051304], subs @ [0.5, 0.5], 1e-15)


def spssau_entropy(x):
    """SPSSAU's entropy method as its help page states it (https://www.spssau.net/helps/entropy.html):
    a column with a value <= 0 is shifted by |min| + 0.01 ("non-negative shift"), then p = x/sum(x),
    E = -sum(p ln p)/ln(n), d = 1 - E, w = d/sum(d). SPSSAU publishes no library, so this is the
    documented formula written out, independently of TICScoring."""
    x = np.array(x, dtype=float)
    for j in range(x.shape[1]):
        if x[:, j].min() <= 0:
            x[:, j] += abs(x[:, j].min()) + 0.01
    p = x / x.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    d = 1 + plogp.sum(axis=0) / np.log(x.shape[0])
    return d / d.sum()


def spssau_entropy_cases():
    """WeightingTests.entropySPSSAU: the suppliers matrix min-maxed with types [-1, 1, 1, 1] (SPSSAU's
    positive/reverse range normalization), and a matrix with a negative value."""
    where = "WeightingTests.swift entropySPSSAU"
    lo, hi = SUPPLIERS.min(axis=0), SUPPLIERS.max(axis=0)
    r = (SUPPLIERS - lo) / (hi - lo)
    r[:, 0] = (hi[0] - SUPPLIERS[:, 0]) / (hi[0] - lo[0])
    check(where, "min-max suppliers", "spssau_entropy(minmax)", [0.20267076408014123, 0.3919877077595763, 0.20267076408014123,
          0.20267076408014123], spssau_entropy(r), 1e-12)
    check(where, "negative value", "spssau_entropy([[1,2],[2,-3],[4,1]])", [0.2614317295788259, 0.7385682704211741],
          spssau_entropy([[1, 2], [2, -3], [4, 1]]), 1e-12)


def main():
    from importlib.metadata import version
    names = ["numpy", "pymcdm", "scikit-criteria", "scipy", "scikit-learn", "mpmath"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except Exception:
            found.append(f"{name} (missing)")
    print(f"Python {sys.version.split()[0]}; " + ", ".join(found))
    pymcdm_cases()
    ahp_cases()
    statistics_cases()
    skcriteria_cases()
    pipeline_case()
    spssau_entropy_cases()
    print()
    print("every quoted value reproduced" if not FAILED else f"{len(FAILED)} value sets differ: {FAILED}")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
