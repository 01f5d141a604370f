package org.learningledger.query.keys;

/**
 * The command service did not answer for keys (down, unreachable, a 5xx, or a secret it refuses):
 * a failure of the infrastructure, never of the record. The intake retries the batch; nothing is
 * dead-lettered for it.
 */
public class KeyServiceUnavailableException extends RuntimeException {

    public KeyServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyServiceUnavailableException(String message) {
        super(message);
    }
}
