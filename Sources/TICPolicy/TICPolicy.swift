public enum TICPolicyModule {}
