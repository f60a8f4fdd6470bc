import TICScoring

print("ticeval-bench: BLAS kernel \(BLASInfo.kernel), threads \(BLASInfo.threads)")
