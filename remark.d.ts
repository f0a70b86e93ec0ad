declare function remarkDesignDocs(): (tree: unknown, file: unknown) => void;
export = remarkDesignDocs;
