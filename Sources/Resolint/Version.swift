public let resolintVersion = "0.1.0"
