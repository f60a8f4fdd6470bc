import Testing
@testable import TICPolicy
