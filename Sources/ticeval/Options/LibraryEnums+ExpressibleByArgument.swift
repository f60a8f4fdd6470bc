import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

extension ColorChoice: ExpressibleByArgument {}

extension SubsidySpread: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}

extension EncodingChoice: ExpressibleByArgument {}

extension CollectionTemplate.FileFormat: ExpressibleByArgument {}
