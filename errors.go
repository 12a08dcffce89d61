package parley

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status and one GraphQL extensions.code in
// schema.codes; keep that table in step when adding one.
const (
	EINVALID         = "invalid"         // bad input from the caller
	ENOTFOUND        = "not_found"       // the thing asked for does not exist
	ELIMIT           = "limit_exceeded"  // a named limit was exceeded
	EUNAUTHENTICATED = "unauthenticated" // missing or wrong credentials
	ETIMEOUT         = "timeout"         // the request's deadline passed
	EINTERNAL        = "internal"        // a bug or an unexpected failure
)

// Error is an error with a code the caller can act on and a message safe to show.
type Error struct {
	Code    string
	Message string
}

// Error returns the message with its code.
func (e *Error) Error() string { return fmt.Sprintf("parley: code=%s message=%s", e.Code, e.Message) }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other
// non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or "internal
// error" for any other error so that internals never reach a client.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
