package dev.stratus.lambda.code;

/** Lambda's limits on deployment packages. */
public final class CodeLimits {

    /** 50 MB: the largest zip a request may carry. */
    public static final long MAX_ZIPPED_BYTES = 52_428_800L;
    /** 250 MB: the largest a package may be once unpacked. */
    public static final long MAX_UNZIPPED_BYTES = 262_144_000L;
    /** A zip of {@link #MAX_ZIPPED_BYTES} in base64, as CreateFunction and UpdateFunctionCode accept it. */
    public static final long MAX_UPLOAD_REQUEST_BYTES = 69_905_067L;

    private CodeLimits() {
    }
}
