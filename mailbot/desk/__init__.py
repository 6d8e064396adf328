"""The coordinator's desk: status, review, exports, digest, data protection."""
