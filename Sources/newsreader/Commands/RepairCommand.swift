import ArgumentParser
import Foundation
import NewsCore

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Repair mis-decoded text: stdin in, the loader's repair of it on stdout.")

    func run() throws {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let decoded = TextDecoding.decode(bytes)
        if let notice = decoded.notice { Terminal.warn(notice) }
        FileHandle.standardOutput.write(Data(MojibakeRepair.repair(decoded.text).utf8))
    }
}
